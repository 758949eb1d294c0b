#lang racket
(require racket/stream)
;; Processing "log lines" lazily: only as much of the input as needed is parsed.
(define raw-lines
  '("2024-01-01 INFO start"
    "2024-01-01 WARN disk 85%"
    "2024-01-02 ERROR db timeout"
    "2024-01-02 INFO retry"
    "2024-01-03 ERROR db timeout"
    "2024-01-03 ERROR cache miss"
    "2024-01-04 INFO done"))

(struct entry (date level message) #:transparent)
(define parsed-count 0)

(define (parse line)
  (set! parsed-count (add1 parsed-count))
  (match (string-split line)
    [(list date level words ...) (entry date (string->symbol level) (string-join words " "))]))

(define entries (stream-map parse (sequence->stream (in-list raw-lines))))
(define errors (stream-filter (lambda (e) (eq? (entry-level e) 'ERROR)) entries))

(define first-error (stream-first errors))
(printf "first error: ~a on ~a\n" (entry-message first-error) (entry-date first-error))
(printf "lines parsed so far: ~a\n" parsed-count)

(printf "all errors: ~a\n" (stream->list (stream-map entry-message errors)))
(define by-date
  (for/fold ([h (hash)]) ([e (in-stream errors)])
    (hash-update h (entry-date e) add1 0)))
(printf "errors by date: ~a\n" (sort (hash->list by-date) string<? #:key car))
(printf "any warnings? ~a\n" (stream-ormap (lambda (e) (eq? (entry-level e) 'WARN)) entries))
(printf "levels: ~a\n" (remove-duplicates (stream->list (stream-map entry-level entries))))
