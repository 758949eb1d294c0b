#lang racket
(displayln (~r 12345.678 #:notation 'exponential))
(displayln (~r 0.5 #:notation 'exponential #:precision 2))
(displayln (~r 1e10))
(displayln (~r 2.5e-3 #:precision 4))
(displayln (~r 1000000 #:group-sep ","))
(displayln (~r 5 #:sign '+))
(displayln (~r -5 #:sign 'parens))
