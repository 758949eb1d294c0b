;; (being written)
