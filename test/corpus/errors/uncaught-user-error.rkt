#lang racket
(printf "checking config...\n")
(raise-user-error 'config "missing key: ~a" 'port)
