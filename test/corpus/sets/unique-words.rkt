#lang racket
;; Unique words in a text, using a set.
(define text "the rain in spain falls mainly on the plain and the rain in spain stays")
(define words (string-split text))
(define unique (list->set words))

(printf "~a words, ~a unique\n" (length words) (set-count unique))
(displayln (sort (set->list unique) string<?))
(displayln (set-member? unique "spain"))
(displayln (set-member? unique "france"))

;; Words shared between two sentences
(define other (list->set (string-split "the sun in spain shines on the plain")))
(displayln (sort (set->list (set-intersect unique other)) string<?))
(displayln (set-count (set-union unique other)))
(displayln (set 'apple 'banana 'cherry))
