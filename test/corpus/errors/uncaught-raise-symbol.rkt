#lang racket
(displayln "start")
(raise 'custom-failure)
