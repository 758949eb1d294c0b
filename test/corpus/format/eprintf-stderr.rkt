#lang racket
(displayln "to stdout first")
(eprintf "warning: ~a\n" "something odd")
(displayln "still running")
(fprintf (current-error-port) "second warning\n")
(displayln "done")
