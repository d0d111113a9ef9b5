package com.example.loan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class LoanItem {
    @Id
    private Long id;

    private String sku;

    @ManyToOne
    private LoanOrder order;
}
