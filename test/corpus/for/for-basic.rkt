#lang racket
(for ([i 3]) (displayln i))
(for ([x '(a b c)]) (display x))
(newline)
(for ([c "hey"]) (write c))
(newline)
(for ([v #(10 20)]) (displayln v))
(for ([i (in-range 2 10 3)]) (printf "~a " i))
(newline)
