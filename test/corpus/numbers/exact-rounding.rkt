#lang racket
(displayln (exact-round 2.5))
(displayln (exact-round 3.7))
(displayln (exact-floor 3.7))
(displayln (exact-ceiling 3.2))
(displayln (exact-truncate -3.7))
(displayln (inexact->exact (floor 9.99)))
(displayln (exact->inexact 7))
(displayln (inexact->exact 2.0))
