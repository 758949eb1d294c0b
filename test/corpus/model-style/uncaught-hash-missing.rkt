#lang racket
;; Looking up configuration keys; the last key is missing
(define config (hash "host" "localhost" "port" 8080 "debug" #t))
(for ([key '("host" "port" "debug")])
  (printf "~a = ~a\n" key (hash-ref config key)))
(printf "timeout (default) = ~a\n" (hash-ref config "timeout" 30))
(define settings (make-hash '((retries . 3))))
(hash-set! settings 'verbose #f)
(printf "retries = ~a\n" (hash-ref settings 'retries))
(printf "port + 1 = ~a\n" (add1 (hash-ref config "port")))
(hash-ref settings 'timeout)
