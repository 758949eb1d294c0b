#lang racket
(define events '((login "ann") (logout "ann") (login "bob") (error 404) (login "cy")))
(define logins (for/list ([e events] #:when (match e [(list 'login _) #t] [_ #f])) (second e)))
(displayln logins)
(for ([e events])
  (match e
    [(list 'login u) (printf "+~a " u)]
    [(list 'logout u) (printf "-~a " u)]
    [(list 'error code) (printf "!~a " code)]))
(newline)
