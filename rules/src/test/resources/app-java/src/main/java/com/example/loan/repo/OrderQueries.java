package com.example.loan.repo;

final class OrderQueries {
    static final String BY_CUSTOMER = "select o from LoanOrder o where o.customerRef = :ref";

    private OrderQueries() {
    }
}
