package com.example.loan.domain;

import jakarta.persistence.*;

import java.util.List;

@Entity
@Table(name = "loan_order")
public class LoanOrder extends BaseEntity {
    public static final String PAID = "PAID";

    @Column(name = "order_no", nullable = false)
    private String orderNo;

    private String status;

    private String customerRef;

    @ManyToOne
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @OneToMany(mappedBy = "order")
    private List<LoanItem> items;

    @Transient
    private String note;

    private transient int cached;
}
