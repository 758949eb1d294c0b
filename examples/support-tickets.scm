#lang racket
;; Support-ticket triage, in the style of the meta-orchestration pattern (shared/seeds): a planner
;; model looks at a sample of the data and names a strategy, sub-model calls classify every ticket
;; concurrently (map-async, JSON answers), the program counts the categories in plain Racket, one
;; more call explains the top category, and (finish ...) returns the report.
;;
;; Offline, from the recorded calls:
;;   rlms run examples/support-tickets.scm --context examples/tickets.json --replay examples/support-tickets.cassette.jsonl
;; Live (OPENAI_API_KEY set, or --base-url for any OpenAI-compatible server):
;;   rlms run examples/support-tickets.scm --context examples/tickets.json

(define tickets (hash-ref context 'tickets))
(define (title t) (hash-ref t 'title))

;; 1. Plan: the planner sees the size and a sample, never the whole data.
(define strategy
  (unsafe-raw-query
   #:instruction "You plan the analysis of support tickets. Answer with one line: STRATEGY: <name> - <reason>."
   #:data (format "~a tickets. Sample: ~a" (length tickets) (jsexpr->string (take tickets 3)))
   #:model "gpt-4.1"
   #:temperature 0.0
   #:max-tokens 80))
(printf "planner: ~a\n" strategy)

;; 2. Classify every ticket; the calls run concurrently, the results come back in ticket order.
(define (classify ticket)
  (define answer
    (llm-query #:instruction "Classify this support ticket. Reply with JSON: {\"category\": \"billing\" | \"login\" | \"performance\" | \"crash\" | \"other\"}"
               #:data (title ticket)
               #:json #t
               #:max-tokens 30))
  (hash-ref (string->jsexpr (syntax-e answer)) 'category "other"))

(define categories (map-async classify tickets #:max-concurrent 4))

;; 3. Count and rank, in plain Racket.
(define counts
  (for/fold ([h (hash)]) ([c categories])
    (hash-update h c add1 0)))
(define ranked (sort (hash->list counts) > #:key cdr))
(for ([entry ranked])
  (printf "  ~a ~a\n" (~a (car entry) #:min-width 12) (cdr entry)))

;; 4. Explain the largest group.
(define top (car (first ranked)))
(define top-titles
  (for/list ([t tickets] [c categories] #:when (equal? c top))
    (title t)))
(define explanation
  (llm-query #:instruction "In two sentences: the most likely common root cause of these tickets, and one fix."
             #:data (string-join top-titles "\n")
             #:max-tokens 120))

(finish
 (format "Top issue: ~a (~a of ~a tickets). ~a"
         top (cdr (first ranked)) (length tickets) (syntax-e explanation)))
