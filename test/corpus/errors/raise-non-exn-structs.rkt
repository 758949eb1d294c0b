#lang racket
;; raise works with any value; with-handlers selects by predicate.
(struct http-response (status body) #:transparent)
(struct retry-later (seconds))

(define (fetch url)
  (cond
    [(string-prefix? url "https://ok") (http-response 200 "fine")]
    [(string-prefix? url "https://slow") (raise (retry-later 5))]
    [(string-prefix? url "https://gone") (raise (http-response 410 "gone"))]
    [else (error 'fetch "bad url: ~a" url)]))

(define (try-fetch url)
  (with-handlers ([http-response? (lambda (r) (format "error response ~a: ~a" (http-response-status r) (http-response-body r)))]
                  [retry-later? (lambda (r) (format "retry in ~a s" (retry-later-seconds r)))]
                  [exn:fail? (lambda (e) (format "failed: ~a" (exn-message e)))])
    (fetch url)))

(for ([u '("https://ok/a" "https://slow/b" "https://gone/c" "ftp://d")])
  (displayln (try-fetch u)))

(displayln (with-handlers ([(lambda (v) (and (number? v) (> v 10))) (lambda (v) (list 'big v))]
                           [number? (lambda (v) (list 'small v))])
             (raise 42)))
(displayln (with-handlers ([string? string-upcase]) (raise "shout")))
(displayln (exn? (with-handlers ([values values]) (raise (http-response 500 "x")))))
(raise (http-response 503 "unavailable"))
