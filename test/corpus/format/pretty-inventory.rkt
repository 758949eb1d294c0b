#lang racket
;; An inventory report: the data pretty-printed as a model would to "show the structure".

(define inventory
  (list (hash 'sku "A-100" 'name "Widget" 'qty 12 'price 2.5 'tags '(hardware small))
        (hash 'sku "A-200" 'name "Gadget" 'qty 0 'price 12.75 'tags '(electronics))
        (hash 'sku "B-310" 'name "Sprocket" 'qty 144 'price 0.35 'tags '(hardware bulk small))
        (hash 'sku "C-007" 'name "Doohickey" 'qty 3 'price 99.0 'tags '())))

(displayln "Full inventory:")
(pretty-print inventory)

(define (in-stock items) (filter (lambda (h) (> (hash-ref h 'qty) 0)) items))
(define (total-value items)
  (for/sum ([h items]) (* (hash-ref h 'qty) (hash-ref h 'price))))

(displayln "\nIn stock (names and quantities):")
(pretty-print (for/list ([h (in-stock inventory)]) (cons (hash-ref h 'name) (hash-ref h 'qty))))

(printf "\nTotal value: ~a\n" (total-value inventory))

(displayln "\nNarrow report:")
(parameterize ([pretty-print-columns 40])
  (pretty-print (first inventory))
  (pretty-print (map (lambda (h) (hash-ref h 'tags)) inventory)))

(displayln "\nBy tag:")
(define by-tag
  (for*/fold ([acc (hash)]) ([h inventory] [t (hash-ref h 'tags)])
    (hash-update acc t (lambda (l) (append l (list (hash-ref h 'sku)))) '())))
(pretty-print by-tag)
