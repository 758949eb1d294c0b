#lang racket
;; A mark in tail position replaces the mark of the same frame; a mark in a
;; non-tail position adds a new one.
(define (depth-marks-tail n)
  (with-continuation-mark 'depth n
    (if (zero? n)
        (continuation-mark-set->list (current-continuation-marks) 'depth)
        (depth-marks-tail (sub1 n)))))

(define (depth-marks-nontail n)
  (with-continuation-mark 'depth n
    (if (zero? n)
        (continuation-mark-set->list (current-continuation-marks) 'depth)
        (let ([r (depth-marks-nontail (sub1 n))]) r))))

(displayln (depth-marks-tail 5))
(displayln (depth-marks-nontail 5))

;; call-with-immediate-continuation-mark sees only the current frame's mark
(define (immediate)
  (call-with-immediate-continuation-mark 'depth (lambda (v) v) 'none))
(displayln (with-continuation-mark 'depth 'here (immediate)))
(displayln (with-continuation-mark 'depth 'here (list (immediate))))

;; Several keys on one frame
(displayln
 (with-continuation-mark 'user "ada"
   (with-continuation-mark 'request 17
     (list (continuation-mark-set-first #f 'user)
           (continuation-mark-set-first #f 'request)
           (continuation-mark-set-first #f 'missing 'default)))))

(displayln
 (with-continuation-mark 'a 1
   (vector->list (car (continuation-mark-set->list*
                      (current-continuation-marks) '(a b) 'unset)))))

;; A long loop with a mark on every iteration stays in constant space
(define (count-up limit)
  (let loop ([i 0])
    (with-continuation-mark 'i i
      (if (= i limit)
          (continuation-mark-set->list (current-continuation-marks) 'i)
          (loop (add1 i))))))
(displayln (count-up 200000))
(displayln (continuation-mark-set->list 'not-a-set 'a))
