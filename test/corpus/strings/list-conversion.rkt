#lang racket
(displayln (string->list "abc"))
(write (string->list "a b")) (newline)
(displayln (list->string (list #\x #\y #\z)))
(displayln (list->string (reverse (string->list "stressed"))))
(displayln (apply string (map char-upcase (string->list "shout"))))
(displayln (string #\a #\b))
(displayln (make-string 5 #\*))
(write (make-string 2 #\")) (newline)
