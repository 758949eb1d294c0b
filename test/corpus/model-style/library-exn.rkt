#lang racket
;; A library checkout system with a custom exception type
(struct exn:library exn:fail (book) #:transparent)
(struct book (isbn title [available? #:mutable]) #:transparent)
(define catalog
  (for/hash ([b (list (book "111" "SICP" #t) (book "222" "HtDP" #t) (book "333" "TSPL" #f))])
    (values (book-isbn b) b)))
(define (checkout! isbn)
  (define b (hash-ref catalog isbn
                      (lambda () (raise (exn:library (format "unknown isbn ~a" isbn)
                                                     (current-continuation-marks) #f)))))
  (unless (book-available? b)
    (raise (exn:library (format "~a is already checked out" (book-title b))
                        (current-continuation-marks) b)))
  (set-book-available?! b #f)
  (printf "checked out ~a\n" (book-title b)))
(for ([isbn '("111" "333" "999" "111" "222")])
  (with-handlers ([exn:library? (lambda (e)
                                  (printf "library error: ~a (book: ~a)\n"
                                          (exn-message e)
                                          (let ([b (exn:library-book e)]) (if b (book-title b) "none"))))])
    (checkout! isbn)))
(printf "available: ~a\n"
        (sort (for/list ([(k b) catalog] #:when (book-available? b)) (book-title b)) string<?))
(printf "exn:library is exn:fail? ~a\n"
        (with-handlers ([exn:fail? (lambda (e) #t)]) (checkout! "000") #f))
(checkout! "222")
