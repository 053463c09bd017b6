* The reference file of SystemFileLayoutTests, written by GNU PSPP 1.6.2:
* pspp reference.sps (in this folder) writes reference.sav.
SET LOCALE='UTF-8'.
DATA LIST LIST /zahl (F8.2) code (A3) text (A20) datum (DATE11) lang (A600).
BEGIN DATA
1.5 ab "Grüße" 27-NOV-2026 "Größe ✓ 😀"
-1 xy "" 01-JAN-1970 ""
END DATA.
VARIABLE LABELS zahl 'Eine Zahl' /code 'Ein Code „gut“' /lang 'Lang'.
VALUE LABELS zahl -1 'keine Angabe' 1 'eins' /code 'ab' 'A und B' /text 'Grüße' 'Gruß'.
MISSING VALUES zahl (-1).
VARIABLE LEVEL zahl (ORDINAL) /code text lang (NOMINAL) /datum (SCALE).
VARIABLE WIDTH zahl (9) /code (3) /text (20) /datum (11) /lang (40).
SAVE OUTFILE='reference.sav' /UNCOMPRESSED.
