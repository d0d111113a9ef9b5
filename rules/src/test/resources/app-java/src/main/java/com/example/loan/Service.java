package com.example.loan;

/** A plain class, skipped unparsed: its syntax error is the compiler's business. */
public class Service {
    public void oops() {
        int x = ;
    }
}
