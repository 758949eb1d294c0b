#lang racket
(define (capitalize w)
  (if (string=? w "") w
      (string-append (string (char-upcase (string-ref w 0))) (substring w 1))))
(displayln (string-join (map capitalize (string-split "hello big world")) " "))
(define (snake->camel s)
  (define parts (string-split s "_"))
  (apply string-append (car parts) (map capitalize (cdr parts))))
(displayln (snake->camel "make_hash_table"))
