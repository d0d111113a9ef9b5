package com.example.loan;

import org.apache.ibatis.annotations.Update;

public interface Broken {
    @Update("UPDATE loan_order SET status = 'X' WHERE order_no = #{no}")
    int update(String no)

    int other();
}
