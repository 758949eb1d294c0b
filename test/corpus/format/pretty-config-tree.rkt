#lang racket
(require json racket/pretty)
;; A configuration read from JSON, shown with pretty-print, pretty-write and pretty-display.

(define text
  "{\"server\": {\"host\": \"localhost\", \"port\": 8080, \"tls\": false},
    \"database\": {\"url\": \"postgres://db.internal:5432/app\", \"pool\": 10,
                   \"replicas\": [\"db-a.internal\", \"db-b.internal\", \"db-c.internal\"]},
    \"features\": [\"search\", \"export\", \"audit-log\"], \"retries\": 3}")

(define config (string->jsexpr text))

(displayln "pretty-print:")
(pretty-print config)
(displayln "pretty-write:")
(pretty-write (hash-ref config 'database))
(displayln "pretty-display:")
(pretty-display (hash-ref config 'database))

(define (paths h [prefix '()])
  (append*
   (for/list ([(k v) (in-hash h)])
     (if (hash? v)
         (paths v (append prefix (list k)))
         (list (list (append prefix (list k)) v))))))

(displayln "Leaves:")
(pretty-print (sort (paths config) string<? #:key (lambda (p) (format "~a" (car p)))))
(displayln "Leaves at 50 columns:")
(parameterize ([pretty-print-columns 50])
  (pretty-print (sort (paths config) string<? #:key (lambda (p) (format "~a" (car p))))))
