#lang racket
(require rackunit)
;; Checks on nested data: when actual or expected does not fit on the line, rackunit prints it
;; pretty-printed on the lines that follow. The report goes to stdout here.

(define (group-by-length words)
  (for/fold ([h (hash)]) ([w words])
    (hash-update h (string-length w) (lambda (l) (append l (list w))) '())))

(define (parse-record line)
  (match (string-split line ",")
    [(list name age city) (list (cons 'name name) (cons 'age (string->number age)) (cons 'city city))]
    [_ #f]))

(parameterize ([current-error-port (current-output-port)])
  (check-equal? (group-by-length '("a" "bb" "cc" "ddd"))
                (hash 1 '("a") 2 '("bb" "cc") 3 '("ddd")))
  (check-equal? (group-by-length '("apple" "banana" "cherry" "date" "elderberry" "fig" "grape"))
                (hash 5 '("apple" "grape") 6 '("banana" "cherry") 4 '("date") 10 '("elderberry") 3 '("fig")))
  (check-equal? (parse-record "Alice,30,Paris") '((name . "Alice") (age . 30) (city . "Paris")))
  (check-equal? (map parse-record '("Bob,25,Lyon" "Carol,41,Nice" "broken line"))
                '(((name . "Bob") (age . 25) (city . "Lyon"))
                  ((name . "Carol") (age . 41) (city . "Nice"))
                  ((name . "Dan") (age . 19) (city . "Metz"))))
  (check-equal? (for/list ([i 20]) (* i i)) (for/list ([i 20]) (* i (add1 i))) "squares")
  (check-pred (lambda (l) (andmap even? l)) (range 0 40 3)))
(displayln "done")
