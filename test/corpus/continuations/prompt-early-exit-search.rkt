#lang racket
;; Using a prompt tag and abort-current-continuation to leave a deep search early.
(define found-tag (make-continuation-prompt-tag 'found))

(define (search-tree tree pred)
  (call-with-continuation-prompt
   (lambda ()
     (let walk ([t tree])
       (cond
         [(null? t) (void)]
         [(pair? t) (walk (car t)) (walk (cdr t))]
         [(pred t) (abort-current-continuation found-tag t)]
         [else (void)]))
     #f)
   found-tag
   (lambda (value) (list 'found value))))

(define tree '((1 3 (5 7)) (9 (11 12 13)) 15))
(displayln (search-tree tree even?))
(displayln (search-tree tree (lambda (x) (> x 10))))
(displayln (search-tree tree string?))

;; Counting the steps taken before the abort
(define steps 0)
(define (find-first-negative lst)
  (call-with-continuation-prompt
   (lambda ()
     (for ([x lst])
       (set! steps (add1 steps))
       (when (negative? x) (abort-current-continuation found-tag x)))
     'none)
   found-tag
   (lambda (x) x)))
(displayln (find-first-negative '(3 8 -2 7 -9)))
(printf "steps: ~a\n" steps)
(displayln (find-first-negative '(1 2 3)))

;; Aborting to a tag that has no prompt is an error
(with-handlers ([exn:fail:contract? (lambda (e) (displayln (exn-message e)))])
  (abort-current-continuation found-tag 'lost))
(abort-current-continuation (make-continuation-prompt-tag 'missing) 1)
