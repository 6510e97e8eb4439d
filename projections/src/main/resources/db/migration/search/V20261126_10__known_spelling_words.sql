-- Which name words search_spelling already knows, one index entry per word (its row under itself, variant = word):
-- learning a batch's words asks this index instead of reading every variant row of the words, which for a short word
-- ("13", "ram") is thousands of rows of the longer words that become it with letters deleted.
CREATE INDEX search_spelling_known_word ON search_spelling (word) WHERE variant = word;
