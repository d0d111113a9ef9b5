package com.example.loan.mapper;

final class Queries {
    static final String BY_ID = "SELECT * FROM loan_order WHERE id = #{id}";

    private Queries() {
    }
}
