#lang racket
(struct dog (name) #:transparent)
(struct cat (name lives) #:transparent)
(define (speak a)
  (cond [(dog? a) (format "~a says woof" (dog-name a))]
        [(cat? a) (format "~a says meow (~a lives)" (cat-name a) (cat-lives a))]
        [else "..."]))
(for-each (compose displayln speak) (list (dog "rex") (cat "tom" 9) 'rock))
