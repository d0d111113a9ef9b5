package com.example.loan;

public class Broken {
    public void oops() {
        int x = ;
    }
}
