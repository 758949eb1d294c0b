#lang racket
;; Count word frequencies in a paragraph.
(define text "The quick brown fox jumps over the lazy dog. The dog barks; the fox runs! A quick, quick fox.")

(define words (map string-downcase (regexp-match* #px"[A-Za-z]+" text)))
(printf "~a words\n" (length words))

(define counts (make-hash))
(for ([w words]) (hash-update! counts w add1 0))

(define ranked
  (sort (hash->list counts)
        (lambda (a b) (or (> (cdr a) (cdr b))
                          (and (= (cdr a) (cdr b)) (string<? (car a) (car b)))))))

(for ([p (take ranked 5)])
  (printf "~a ~a\n" (~a (car p) #:width 6) (make-string (cdr p) #\*)))

;; Words that appear exactly once, in alphabetical order
(displayln (sort (for/list ([(w c) counts] #:when (= c 1)) w) string<?))
;; Sentences
(displayln (map string-trim (regexp-split #px"[.;!]" text)))
