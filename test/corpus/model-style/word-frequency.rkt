#lang racket
;; Count word frequencies in a text and print the most common words
(define text "the quick brown fox jumps over the lazy dog the fox barks and the dog runs")

(define (word-frequencies str)
  (define counts (make-hash))
  (for ([word (string-split str)])
    (hash-update! counts word add1 0))
  counts)

(define freqs (word-frequencies text))

(define sorted
  (sort (hash->list freqs)
        (lambda (a b)
          (or (> (cdr a) (cdr b))
              (and (= (cdr a) (cdr b))
                   (string<? (car a) (car b)))))))

(displayln "Top 5 words:")
(for ([pair (take sorted 5)]
      [i (in-naturals 1)])
  (printf "~a. ~a: ~a\n" i (car pair) (cdr pair)))
(printf "Total unique words: ~a\n" (hash-count freqs))
(printf "Total words: ~a\n" (apply + (hash-values freqs)))
(printf "Words seen once: ~a\n"
        (sort (for/list ([(w c) (in-hash freqs)] #:when (= c 1)) w) string<?))
(printf "Count of 'fox': ~a, of 'cat': ~a\n" (hash-ref freqs "fox" 0) (hash-ref freqs "cat" 0))
