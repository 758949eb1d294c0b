#lang racket
(write "é") (newline)
(write "\u00e9\u03bb") (newline)
(write "\a\b") (newline)
(write "\x7f;") (newline)
(write (string #\nul)) (newline)
(write (list #\nul #\rubout #\backspace)) (newline)
(display "\u263a") (newline)
