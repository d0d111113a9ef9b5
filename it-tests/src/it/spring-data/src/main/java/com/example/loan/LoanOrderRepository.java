package com.example.loan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoanOrderRepository extends JpaRepository<LoanOrder, Long> {

    Optional<LoanOrder> findByOrderNo(String orderNo);

    List<LoanOrder> findByStatus(String status);

    // The payment callback of the incident, in JPQL.
    @Modifying
    @Query("update LoanOrder o set o.status = 'PAID' where o.orderNo = :orderNo")
    int markPaid(String orderNo);
}
