;; Regexp procedures that call a procedure of the program: regexp-match* and
;; regexp-match-positions* with #:match-select, and regexp-replace(*) with a procedure insert.
;; All the matching happens in src/regexp/ (the `%` helpers); these only apply the procedure,
;; in match order, as collects/racket/private/string.rkt does.

;; A bad pattern is an error, or with a handler, what the handler returns for the message.
(define (regexp pattern [handler #f])
  (%regexp-or-handler 'regexp pattern #f handler))

(define (pregexp pattern [handler #f])
  (%regexp-or-handler 'pregexp pattern #t handler))

(define (%regexp-or-handler who pattern pregexp? handler)
  (let ([rx (%make-regexp who pattern pregexp? (and handler #t))])
    (if (string? rx) (handler rx) rx)))

;; With gaps, (%regexp-match-parts ...) gives (gap groups gap groups ... gap): keep the gaps and
;; the selected part of each match.
(define (%regexp-select-with-gaps parts match-select)
  (let loop ([parts parts] [acc '()])
    (if (null? (cdr parts))
        (reverse (cons (car parts) acc))
        (loop (cddr parts) (cons (match-select (cadr parts)) (cons (car parts) acc))))))

(define (%regexp-loop who positions? pattern input start end match-select gap-select?)
  (%check-match-select who match-select gap-select?)
  (cond [(and (eq? match-select car) (not gap-select?) (not positions?))
         (%regexp-match* who pattern input start end)]
        [(not match-select) (regexp-split pattern input start end)]
        [gap-select?
         (%regexp-select-with-gaps (%regexp-match-parts who pattern input start end positions? #t) match-select)]
        [else (map match-select (%regexp-match-parts who pattern input start end positions? #f))]))

(define (regexp-match* pattern input [start 0] [end #f]
                       #:match-select [match-select car] #:gap-select? [gap-select? #f])
  (%regexp-loop 'regexp-match* #f pattern input start end match-select gap-select?))

(define (regexp-match-positions* pattern input [start 0] [end #f] #:match-select [match-select car])
  (%regexp-loop 'regexp-match-positions* #t pattern input start end match-select #f))

;; (%regexp-replace ...) gives the result, or for a procedure insert (text groups ... text).
(define (%regexp-replace-with who insert parts)
  (if (string? parts)
      parts
      (let loop ([parts parts] [acc '()])
        (if (null? (cdr parts))
            (apply string-append (reverse (cons (car parts) acc)))
            (loop (cddr parts)
                  (cons (%regexp-insert-result who (apply insert (cadr parts)))
                        (cons (car parts) acc)))))))

(define (regexp-replace pattern input insert)
  (%regexp-replace-with 'regexp-replace insert
                        (%regexp-replace 'regexp-replace pattern input insert 0 #f #f)))

(define (regexp-replace* pattern input insert [start 0] [end #f])
  (%regexp-replace-with 'regexp-replace* insert
                        (%regexp-replace 'regexp-replace* pattern input insert start end #t)))

(define (regexp-replaces input replacements)
  (let loop ([s input] [rs replacements])
    (if (null? rs)
        s
        (loop (regexp-replace* (caar rs) s (cadar rs)) (cdr rs)))))
