package com.example.loan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** JPQL calls it Payment; without @Table the table is named after the entity name. */
@Entity(name = "Payment")
public class PaymentRecord {
    @Id
    private Long id;

    private String txnId;
}
