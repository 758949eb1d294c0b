#lang racket
(displayln (arithmetic-shift 1 10))
(displayln (arithmetic-shift 1024 -3))
(displayln (bitwise-and 12 10))
(displayln (bitwise-ior 12 10))
(displayln (bitwise-xor 12 10))
(displayln (exact-integer? 5))
(displayln (exact-integer? 5.0))
(displayln (sgn -4))
