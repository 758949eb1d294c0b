#lang racket
(displayln (string-upcase "hello world"))
(displayln (string-downcase "HeLLo WoRLD"))
(displayln (string-titlecase "the quick brown fox"))
(displayln (string-titlecase "hELLO wORLD"))
(displayln (string-upcase "straße"))
(displayln (string-foldcase "HeLLo"))
