#lang racket
(require racket/control)
;; shift/reset and friends from racket/control, as textbook examples use them.
(displayln (reset (+ 1 (shift k (k 10)))))
(displayln (reset (+ 1 (shift k (+ (k 10) (k 100))))))
(displayln (reset (list 'a (shift k (k (k 'b))))))
(displayln (reset (+ 1 (shift k 'skipped))))

;; Collecting every answer of a small search
(define (amb . choices) (shift k (append-map k choices)))
(define solutions
  (reset
   (let* ([x (amb 1 2 3 4 5)]
          [y (amb 1 2 3 4 5)])
     (if (and (< x y) (= (+ x y) 6)) (list (list x y)) '()))))
(displayln solutions)

;; Turning a for-each into a list of results with shift
(define (tree-leaves tree)
  (reset
   (let walk ([t tree])
     (cond [(null? t) (void)]
           [(pair? t) (walk (car t)) (walk (cdr t))]
           [else (shift k (cons t (k (void))))]))
   '()))
(displayln (tree-leaves '((1 2) (3 (4 5)) 6)))

;; prompt and abort
(displayln (prompt (+ 1 (abort 'gave-up))))
(displayln (prompt (for ([i 10]) (when (= i 3) (abort (* i 100)))) 'finished))
(define (safe-div a b) (prompt (if (zero? b) (abort 'division-by-zero) (/ a b))))
(displayln (map (lambda (b) (safe-div 10 b)) '(2 0 5)))

;; control differs from shift: the captured continuation is not delimited again
(displayln (prompt (+ 1 (control k (k 1)))))
(displayln (% (+ 1 (fcontrol 'ask)) (lambda (v k) (k 41))))
(define tag (make-continuation-prompt-tag 'outer))
(displayln (reset-at tag (* 10 (reset (+ 1 (shift-at tag k (k 5)))))))
(displayln (shift k (k 1)))
(shift-at (make-continuation-prompt-tag 'missing) k (k 1))
