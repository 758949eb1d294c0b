#lang racket
;; Parse web server log lines and summarize them.
(define log-lines
  '("2024-01-15 10:23:45 GET /index.html 200 1043"
    "2024-01-15 10:24:02 POST /api/login 401 87"
    "2024-01-15 10:24:10 GET /images/logo.png 200 5321"
    "malformed line here"
    "2024-01-15 10:25:33 GET /api/users 500 12"
    "2024-01-15 10:26:01 DELETE /api/users/7 204 0"))

(define line-rx #px"^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}) ([A-Z]+) (\\S+) (\\d{3}) (\\d+)$")

(struct entry (time method path status bytes) #:transparent)

(define (parse-line line)
  (match (regexp-match line-rx line)
    [(list _ date time method path status bytes)
     (entry time method path (string->number status) (string->number bytes))]
    [#f #f]))

(define entries (filter-map parse-line log-lines))
(printf "parsed ~a of ~a lines\n" (length entries) (length log-lines))

(define by-method (make-hash))
(for ([e entries])
  (hash-update! by-method (entry-method e) add1 0))
(for ([m (sort (hash-keys by-method) string<?)])
  (printf "~a: ~a\n" m (hash-ref by-method m)))

(define errors (filter (lambda (e) (>= (entry-status e) 400)) entries))
(printf "errors: ~a\n" (map entry-path errors))
(printf "total bytes: ~a\n" (for/sum ([e entries]) (entry-bytes e)))
(println (first entries))
