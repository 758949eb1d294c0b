#lang racket
(for ([x '(a b c)] [i (in-naturals)]) (printf "~a:~a " i x))
(newline)
(for ([x '(a b c)] [i (in-naturals 1)]) (printf "~a. ~a\n" i x))
(for ([(x i) (in-indexed '("zero" "one"))]) (printf "~a=~a\n" i x))
(displayln (for/list ([i (in-naturals)] #:break (> (* i i) 30)) i))
