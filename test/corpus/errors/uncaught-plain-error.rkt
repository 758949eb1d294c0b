#lang racket
(error "fatal: could not continue")
