-------------------------------- MODULE CSV --------------------------------
(***************************************************************************)
(* Reading and writing CSV files (native side effects; the bodies give the *)
(* logical value).                                                         *)
(***************************************************************************)
LOCAL INSTANCE TLC
LOCAL INSTANCE Integers

\* Appends one line, template with %1$s, %2$s ... replaced by val[1], val[2]...
CSVWrite(template, val, file) == TRUE

\* Appends the fields of record separated by delim (with a header line first
\* when headers is TRUE).
CSVWriteRecord(record, delim, headers, file) == TRUE

\* The lines of file as a sequence of records with the given column names.
CSVRead(columns, delimiter, file) == TRUE

\* The number of lines in file (0 if it does not exist).
CSVRecords(file) == CHOOSE n : n \in Nat

============================================================================
