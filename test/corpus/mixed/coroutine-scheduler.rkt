#lang racket
(require racket/generator)
;; Cooperative tasks as generators, run round-robin until all are done.
(define (make-task name steps)
  (generator ()
    (for ([i (in-range 1 (add1 steps))])
      (printf "~a: step ~a of ~a\n" name i steps)
      (yield 'running))
    (printf "~a: finished\n" name)
    'done))

(define (run-all tasks)
  (let loop ([queue tasks] [rounds 0])
    (cond
      [(null? queue) rounds]
      [else
       (define task (car queue))
       (define status (task))
       (loop (if (eq? status 'done) (cdr queue) (append (cdr queue) (list task)))
             (add1 rounds))])))

(define rounds (run-all (list (make-task "download" 3) (make-task "parse" 1) (make-task "render" 2))))
(printf "scheduler ran ~a turns\n" rounds)

;; A producer/consumer pair communicating through generators
(define producer
  (generator ()
    (for ([item '(apple banana cherry)])
      (printf "produce ~a\n" item)
      (yield item))
    #f))
(define consumer
  (generator (first-item)
    (let loop ([item first-item] [count 0])
      (cond [item (printf "consume ~a\n" item)
                  (loop (yield count) (add1 count))]
            [else count]))))
(let loop ()
  (define item (producer))
  (define consumed (consumer item))
  (if item (loop) (printf "consumed ~a items\n" consumed)))
