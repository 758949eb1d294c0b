#lang racket
(define strs (list "plain" "with \"quotes\"" "back\\slash" "tab\t" "uni λ" ""))
(for ([s strs]) (write s) (display " ") (display s) (newline))
(print "printed") (newline)
(print #\a) (newline)
(print 'sym) (newline)
