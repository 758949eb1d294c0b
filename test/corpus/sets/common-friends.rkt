#lang racket
;; Common friends and recommendations in a small social graph.
(define friends
  (hash 'ann (set 'bob 'cat 'dan)
        'bob (set 'ann 'cat 'eve)
        'cat (set 'ann 'bob 'dan 'eve)
        'dan (set 'ann 'cat)
        'eve (set 'bob 'cat)))

(define (common a b) (set-intersect (hash-ref friends a) (hash-ref friends b)))

(printf "ann & bob: ~a\n" (common 'ann 'bob))
(printf "cat & dan: ~a\n" (common 'cat 'dan))

(define (recommend who)
  (define mine (hash-ref friends who))
  (define friends-of-friends
    (for/fold ([acc (set)]) ([f mine]) (set-union acc (hash-ref friends f))))
  (set-subtract friends-of-friends mine (set who)))

(for ([p (sort (hash-keys friends) symbol<?)])
  (printf "~a -> ~a\n" p (sort (set->list (recommend p)) symbol<?)))
(printf "everyone: ~a\n" (apply set-union (hash-values friends)))
