package com.example.loan.domain;

import javax.persistence.Entity;
import javax.persistence.Id;

/** javax.persistence and no @Table: Spring Boot names the table after the class. */
@Entity
public class Customer {
    @Id
    private Long id;

    private String email;

    private String fullName;
}
