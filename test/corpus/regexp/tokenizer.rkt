#lang racket
;; Tokenize a tiny expression language and classify each token.
(define token-rx #px"\\s*(?:(\\d+\\.?\\d*)|([A-Za-z_]\\w*)|(==|!=|<=|>=|[-+*/()=<>]))")

(define (tokenize src)
  (let loop ([pos 0] [acc '()])
    (define m (regexp-match-positions token-rx src pos))
    (cond
      [(and m (< pos (string-length src)))
       (define (group i) (let ([p (list-ref m i)]) (and p (substring src (car p) (cdr p)))))
       (define tok
         (cond [(group 1) (list 'num (string->number (group 1)))]
               [(group 2) (list 'id (string->symbol (group 2)))]
               [else (list 'op (group 3))]))
       (loop (cdr (car m)) (cons tok acc))]
      [else (reverse acc)])))

(for ([src '("x = 3 + 4.5 * y" "if a <= 10" "(total - 7) / count")])
  (printf "~s\n" src)
  (for ([t (tokenize src)]) (printf "  ~a\n" t)))

;; All the identifiers, with match-select
(displayln (regexp-match* #px"([A-Za-z_]\\w*)|\\d+" "foo 12 bar_2 9" #:match-select cadr))
(displayln (regexp-match* #px"(\\w)(\\d)" "a1 b2 c3" #:match-select values))
