#lang racket
(define inputs '("12" "-7" "3.50" "1/4" "1e2" "0x10" "" "  5" "+8" "-0.0"))
(for ([s inputs])
  (printf "~s -> ~s\n" s (string->number s)))
