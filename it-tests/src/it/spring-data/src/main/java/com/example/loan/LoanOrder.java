package com.example.loan;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class LoanOrder {
    @Id
    @GeneratedValue
    private Long id;
    private String orderNo;
    private String status;
}
