#lang racket
(struct student (name grade score) #:transparent)
(define students
  (list (student "Maya" 10 88) (student "Liam" 11 92) (student "Ava" 10 95)
        (student "Noah" 11 79) (student "Emma" 10 88)))
(define by-score (sort students > #:key student-score))
(for ([s by-score] [rank (in-naturals 1)])
  (printf "~a. ~a (~a)\n" rank (student-name s) (student-score s)))
(define by-grade (group-by student-grade students))
(for ([g (sort by-grade < #:key (compose student-grade first))])
  (printf "grade ~a: ~a\n" (student-grade (first g)) (string-join (map student-name g) ", ")))
