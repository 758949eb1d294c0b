#lang racket
;; An exception struct of the program's own that nobody catches: Racket prints its message.
(struct config-error exn:fail (setting) #:transparent)

(define settings (hash 'port 8080 'host "localhost"))

(define (get-setting name)
  (hash-ref settings name
            (lambda ()
              (raise (config-error (format "missing setting: ~a" name)
                                   (current-continuation-marks)
                                   name)))))

(printf "port = ~a\n" (get-setting 'port))
(printf "host = ~a\n" (get-setting 'host))
(define caught
  (with-handlers ([config-error? (lambda (e) (config-error-setting e))])
    (get-setting 'timeout)))
(printf "caught missing ~a\n" caught)
(print (with-handlers ([config-error? values]) (get-setting 'user)))
(newline)
(printf "debug = ~a\n" (get-setting 'debug))
(displayln "not reached")
